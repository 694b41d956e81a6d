/**
 * A test that serves a response the contract does not describe on purpose
 * (a plain-text 502 from a proxy, say) turns the contract check off for
 * itself only.
 */
let skipped = false;

export function skipContractCheck() {
  skipped = true;
}

export function takeContractSkip() {
  const was = skipped;
  skipped = false;
  return was;
}
