/**
 * Navigation state that leaves a page without asking: after a delete, on
 * the way to the resource a create form has just made, or when the demo
 * is reset under a form.
 */
export const leaveWithoutAsking = { leaveWithoutAsking: true } as const;
