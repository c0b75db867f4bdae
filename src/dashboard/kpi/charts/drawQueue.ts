import { whenIdle } from '../../../common/idle';

let last: Promise<void> = Promise.resolve();

/**
 * Draws the charts one at a time: `draw` runs when the browser is idle after the chart before has
 * drawn (or given up its turn), so that a click never waits behind all of them. The returned
 * function ends the turn: call it once drawn, or when the chart goes away before drawing.
 */
export function queueDraw(draw: () => void): () => void {
  let endTurn = () => {};
  const turn = new Promise<void>((resolve) => (endTurn = resolve));
  let over = false;
  let cancelIdle = () => {};
  last = last.then(() => {
    if (!over) {
      cancelIdle = whenIdle(() => {
        if (!over) draw();
      });
    }
    return turn;
  });
  return () => {
    over = true;
    cancelIdle();
    endTurn();
  };
}
