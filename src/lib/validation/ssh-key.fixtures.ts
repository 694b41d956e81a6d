/**
 * Real public keys for the tests, made with ssh-keygen -t <type> -C test@host
 * (their private halves thrown away); each fingerprint is what
 * ssh-keygen -l printed for it.
 */

export const ED25519 = {
  line:
    'ssh-ed25519 ' +
    'AAAAC3NzaC1lZDI1NTE5AAAAIDiO671sSlBnw/yCTz+kgG3XrzsJBbVLaIi5KVME' +
    'xeqi test@host',
  fingerprint: 'SHA256:M056D52FZOnv0PUlhyQgyUzBLvdP3ySEJ8Qd1VcxDsY',
};

export const ECDSA_256 = {
  line:
    'ecdsa-sha2-nistp256 ' +
    'AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBApPBnZBRUMU' +
    'W7pmMpKvmc/g54wbbeH0hOcAISdEzqGL7lO2OLUE/XchPHQcc9U39AS/Q9ZC8l5c' +
    'E/d8aCPV5mA= test@host',
  fingerprint: 'SHA256:23Mdi7UrlR9RviY4uCg43zhO1WRYqSuqqVcRNiuijDU',
};

export const ECDSA_384 = {
  line:
    'ecdsa-sha2-nistp384 ' +
    'AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBAhbTTJAMOf7' +
    'rQGyeXJ8ZDcB+XD25Yle9Wx1dI9EAvYp8sTezcYc0Qt1F7JD/LLSMgcDsjuzZxJe' +
    'pirgcgD+4hZuo0MSDf8M8DOCjWJlfJUUAqvoEZBPUQmaaTb5qWOibA== test@host',
  fingerprint: 'SHA256:srjYapIvVK5M5uLBK0xNZLXygzsx8w1gOFA6SCl5kXM',
};

export const ECDSA_521 = {
  line:
    'ecdsa-sha2-nistp521 ' +
    'AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAEZM62m4PIG' +
    '/5yNW2VAhUE/4ZGmNIWWRyJ7UJhoqkWmgNW4/ybdwxTmo8f4y7ivjh/Cho5P42FC' +
    'l0JMzqQa/Lf9kQHsXh+wRxGJZYTpbX46bTtycrvlzwh//xKxgsxnxDdPsfGFB+es' +
    'uYqK89013NH4SGWLG3dlNfSVfKvPT+MkSDwmTw== test@host',
  fingerprint: 'SHA256:eM+00R0xaTNvlYOb9KIa4l28oQlJoNciPlS/Ufk4Tis',
};

export const RSA_2048 = {
  line:
    'ssh-rsa ' +
    'AAAAB3NzaC1yc2EAAAADAQABAAABAQDEEhBCpyFj8W+Bd1ppZrcB2+91fLGeS+cn' +
    'Ddu23BY6iSPAE9tS3s8uX1tKeP8np4MZus+rKb41WB9rKL/4ceslwu9X4XrCFlCV' +
    'cF/qIFNm9uk0lryGDJ0hy92rxTT09DGoPOFYTRbF7m2YJo4D2iHf0QBzWcL4qgPH' +
    'WH/NQ0eGkJV6Yc13j+G8aWJwYgXGQ2n+8VtilBm+6BQqt6mOKZEPaoDGvI41Mpsv' +
    '9SlcwBRBanguAGFzn8yTOU1w0fFrZkRp11Y57ewYjKpBM5Jlvabu+d8bw6R0UoGY' +
    'dwElvVFiISXRl4IzTwIMofrm6252KRrBo0CEZBDJWvfUSBlUihz1 test@host',
  fingerprint: 'SHA256:vUJy5r5rWZMpaBzIT9veAwQ1QZ2CwktvAejPaCB7jyc',
};

export const RSA_1024 = {
  line:
    'ssh-rsa ' +
    'AAAAB3NzaC1yc2EAAAADAQABAAAAgQC0nRZMbgm+OGFNaA3I9TDMadW5byn3KceZ' +
    'NSjdY/D24FjCDuaVBTeKcxXMBjPqnVw+NEACLYrSyZabEA43D9yf6WXqWEQ2JGtn' +
    'O3a5xNjc7PZTBYkqhWACagLPBmTLnGhQTCjSZBmllUDhVPgVkjjA4wITA+I5t19F' +
    'gs1NOcghWw== test@host',
  fingerprint: 'SHA256:uF/Vl8p7/g0OpShP57d5EF3vUHh69EJMsnJdj11kY48',
};

export const DSA = {
  line:
    'ssh-dss ' +
    'AAAAB3NzaC1kc3MAAACBAMkUl4/Bcvj5ev9/3TSNY9ftRkbEwS61q4F2VZLhoKaT' +
    'sh/0L5S0gLhYxCqwqR4JMWx5J4FJQK/01f000Fi/XIsd7U/G4q0TUZxAmy+LsTFH' +
    'ojp0ixvwZCVgy0/y5W+zz7vJ7ZkBGLo0S32MOU9T+iq0YEdMQKQvnHLuhrTpWYy1' +
    'AAAAFQDRSeSA9dwd73dv+gZ7yUpDs6KcjwAAAIEAgVDjSezhTqWWlz2wYCKC+Qs2' +
    'k55CPAoFIfmebXyVVnN+A+QU9lxo54w3T3oS0jYob03TByOznJgOhpWBJi4uXfqG' +
    'aULN14iEtXpAm9D5iQbWn4Al4c9FHqF+FlYFVZsv1izJq9pdwwDfgh3jPjkLwyFe' +
    '/v3jgHJEl4JU5eUDFkgAAACAKkHjk+4z+WFQnEG+oPdevdW/HE3Itmy6XUrmlQsL' +
    'dboyC13T0frlDyK+GOO9lMQ+hYdY3mkd2uw5zIsUjko+/mNhN8obrIM0VgKsaanb' +
    'xdPDKZuClgBKhtY48CyFmM1DZSC5j1mDctjyJXJxhdnMU7x9SbHKRVP1IsVR6Ph4' +
    'aCk= test@host',
  fingerprint: 'SHA256:OKPakMrS/HMSqr0XhnLeMpGhmI92m2R4sQh5/fDi8nk',
};
