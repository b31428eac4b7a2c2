// The marker of a staff layout route, apart from the staff shell itself: the root layout (on every public
// page) reads it, and must not pull the shell's code into the public pages' scripts.

/** `export const handle = STAFF_AREA` in a staff layout route: the root layout then leaves out the public
 * header and footer, and the staff shell is the page's only frame. */
export const STAFF_AREA = { staffArea: true } as const;

export function isStaffAreaMatch(match: { handle?: unknown }): boolean {
  return (match.handle as Partial<typeof STAFF_AREA> | undefined)?.staffArea === true;
}
