import packageJson from '../../package.json';

/** The package's version (package.json), which `--version` prints and the manifest's <Version> follows. */
export const VERSION: string = packageJson.version;
