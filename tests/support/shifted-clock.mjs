// Preloaded into one of the two builds of tests/unit/reproducible.test.ts (NODE_OPTIONS=--import):
// its clock runs 400 days ahead, so output that depends on the date would differ.
const SHIFT_MS = 400 * 24 * 60 * 60 * 1000;
const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + SHIFT_MS);
    else super(...args);
  }
  static now() {
    return RealDate.now() + SHIFT_MS;
  }
}
globalThis.Date = ShiftedDate;
