/** The HTTP status of a refused request, as react-admin's HttpError carries it. */
export const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
