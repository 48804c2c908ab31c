// The server's settings are read by @scorecard/config, the one reader of the environment for the server and the
// command line; the API's modules take the configuration's types from here.
export { isLoopbackHost, type AppConfig, type OidcConfig } from '@scorecard/config';
