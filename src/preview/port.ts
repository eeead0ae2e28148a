/** The preview's port on 127.0.0.1 unless `--port` says otherwise (0: any free port). */
export const DEFAULT_PREVIEW_PORT = 8520;
