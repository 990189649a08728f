// The AdminPulse address an office fixed when it built the add-in
// (`npm run build -- --env apiBaseUrl=https://…`), or null. webpack.config.js checks it (https, no
// user name or password, no ? or #; a wrong one stops the build) and puts it in the bundle through
// DefinePlugin as __FIXED_API_BASE_URL__. Outside webpack (jest, the command line) there is none.

declare const __FIXED_API_BASE_URL__: string | null | undefined;

export const FIXED_API_BASE_URL: string | null = typeof __FIXED_API_BASE_URL__ === "string" && __FIXED_API_BASE_URL__ !== "" ? __FIXED_API_BASE_URL__ : null;
