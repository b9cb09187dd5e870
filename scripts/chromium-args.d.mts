/** The Chromium flags every headless run here uses. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Debian's Chromium, unless CHROMIUM_PATH says otherwise. */
export declare const CHROMIUM_PATH: string;
