// Injected by webpack.config.js (DefinePlugin) into the workbench's bundles.

declare const __WORKBENCH_CONFIG__: {
  /** The AdminPulse address the workbench suggests: the sandbox the server was started with. */
  readonly apiBaseUrl: string;
};
