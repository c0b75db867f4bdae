import type { Id, Resolution, ReturnReason } from '../../domain/types';

/** A row of the form: one sku of the order that can still be returned. */
export interface ReturnFormLine {
  sku: string;
  quantity: number | null;
  reason: ReturnReason | '';
}

export interface ReturnFormValues {
  orderId: Id;
  /** Only a way to choose the order among the customer's: not sent. */
  customerId?: Id;
  lines: ReturnFormLine[];
  resolution: Resolution;
  notes?: string;
}

/**
 * The request the API expects: only the rows with a quantity. `formIndexOf` gives back the form row
 * of each line sent, so that the server's error on `lines.1.quantity` lands on the right row.
 */
export function toReturnRequest({ orderId, lines, resolution, notes }: ReturnFormValues) {
  const chosen = lines.flatMap((line, index) =>
    (line.quantity ?? 0) > 0 ? [{ line, index }] : [],
  );
  return {
    request: {
      orderId,
      resolution,
      notes: notes ?? '',
      lines: chosen.map(({ line }) => ({
        sku: line.sku,
        quantity: line.quantity,
        reason: line.reason,
      })),
    },
    formIndexOf: chosen.map(({ index }) => index),
  };
}

/** The server's field errors, with each `lines.<n>` renamed to the row of the form it came from. */
export function toFormErrors(
  errors: Record<string, string>,
  formIndexOf: readonly number[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, message]) => [
      field.replace(/^lines\.(\d+)\./, (_, n: string) => `lines.${formIndexOf[Number(n)] ?? n}.`),
      message,
    ]),
  );
}
