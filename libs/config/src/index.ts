export * from './app-config';
export * from './cli-config';
export * from './config.errors';
export * from './read-settings';
export * from './settings';
