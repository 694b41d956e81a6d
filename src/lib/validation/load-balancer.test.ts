import { describe, expect, it } from 'vitest';
import {
  checkAlgorithm,
  checkHealthCheck,
  checkHealthPath,
  checkPort,
  checkProtocol,
  checkTimeout,
  checkWeight,
} from './load-balancer';

describe('load balancer rules', () => {
  it('takes ports 1 to 65535, typed or from JSON', () => {
    expect(checkPort(1)).toBeUndefined();
    expect(checkPort('65535')).toBeUndefined();
    expect(checkPort('70000')).toBe('Use 1 to 65535');
    expect(checkPort(0)).toBe('Use 1 to 65535');
    expect(checkPort('8.5')).toBe('Use a whole number');
    expect(checkPort('')).toBe('Enter a port');
  });

  it('takes weights 1 to 100', () => {
    expect(checkWeight(1)).toBeUndefined();
    expect(checkWeight(100)).toBeUndefined();
    expect(checkWeight(0)).toBe('Use 1 to 100');
    expect(checkWeight('101')).toBe('Use 1 to 100');
  });

  it('knows the algorithms and protocols', () => {
    expect(checkAlgorithm('source_ip')).toBeUndefined();
    expect(checkAlgorithm('random')).toMatch(/round_robin/);
    expect(checkProtocol('tcp')).toBeUndefined();
    expect(checkProtocol('udp')).toMatch(/http, https or tcp/);
  });

  it('wants a path starting with / for http(s), none for tcp', () => {
    expect(checkHealthPath('/health', 'http')).toBeUndefined();
    expect(checkHealthPath('health', 'https')).toBe('Start the path with /');
    expect(checkHealthPath(' /health', 'http')).toBe(
      'Use a path without spaces',
    );
    expect(checkHealthPath('', 'http')).toBe('Enter a path');
    expect(checkHealthPath(undefined, 'tcp')).toBeUndefined();
    expect(checkHealthPath('/health', 'tcp')).toMatch(/no path/);
  });

  it('keeps the timeout below the interval', () => {
    expect(checkTimeout(4, 5)).toBeUndefined();
    expect(checkTimeout('10', '10')).toBe('Use less than the interval (10 s)');
    expect(checkTimeout(0, 10)).toBe('Use 1 to 299 seconds');
  });

  it('names the unit of each range', () => {
    const errors = checkHealthCheck(
      { path: '/', interval: 4, timeout: 300, unhealthy_threshold: 11 },
      'http',
    );
    expect(errors).toEqual({
      interval: 'Use 5 to 300 seconds',
      timeout: 'Use 1 to 299 seconds',
      unhealthy_threshold: 'Use 1 to 10 failed checks',
    });
  });

  it('reports every field of a health check by its name', () => {
    const errors = checkHealthCheck(
      { path: 'x', interval: 4, timeout: 4, unhealthy_threshold: 11 },
      'http',
    );
    expect(Object.keys(errors).sort()).toEqual([
      'interval',
      'path',
      'timeout',
      'unhealthy_threshold',
    ]);
    const fine = {
      path: '/',
      interval: 10,
      timeout: 5,
      unhealthy_threshold: 3,
    };
    expect(checkHealthCheck(fine, 'http')).toEqual({});
  });
});
