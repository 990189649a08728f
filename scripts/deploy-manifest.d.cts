export declare const DEV_ORIGIN: string;
export declare function deployManifest(xml: string, options: { publicUrl: string; supportUrl?: string }): string;
