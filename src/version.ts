/** The engine version, recorded with every answer so that replays know what produced it. */
export const VERSION = '0.1.0'
