/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_FUGOKU_MODE?: 'demo' | 'live';
  readonly VITE_FUGOKU_API_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
