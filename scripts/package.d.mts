export interface PackagedZip {
  /** Absolute path of the zip. */
  path: string;
  bytes: number;
}
/** Builds and zips Chrome MV3, Firefox MV3 and MV2 and the sources; resolves with every zip in the output folder. */
export function packageAll(): Promise<PackagedZip[]>;
