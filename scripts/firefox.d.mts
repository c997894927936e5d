export declare const FIREFOX_PATH: string;
export declare const DARK_TAG: string;
export declare const REDUCED_MOTION_TAG: string;
export declare const FIREFOX_LIGHT: Record<string, number>;
export declare const FIREFOX_DARK: Record<string, number>;
export declare const FIREFOX_REDUCED_MOTION: Record<string, number>;
