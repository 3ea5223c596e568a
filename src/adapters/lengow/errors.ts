/** An option of `createLengowApi` is out of its range: a programmer error, thrown. */
export interface LengowOptionsInvalid {
  readonly code: 'lengow/options_invalid';
  /** The option at fault. */
  readonly option:
    'accessToken' | 'secret' | 'accountId' | 'baseUrl' | 'pageSize' | 'since' | 'timeoutMs';
  /** What the option must be. */
  readonly expected: string;
}

/** The errors of `ordokit/lengow` itself (remote failures are `ConnectorFailure` values). */
export type LengowError = LengowOptionsInvalid;
