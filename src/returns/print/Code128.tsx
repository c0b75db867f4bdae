import JsBarcode from 'jsbarcode';
import { useEffect, useRef } from 'react';

interface Code128Props {
  value: string;
  /** What a screen reader says of the image: the bars themselves say nothing. */
  label: string;
}

/**
 * A Code 128 barcode drawn as SVG bars, without its text: the page prints the value itself. The
 * 20 px margin keeps the quiet zone of 10 modules that scanners need on either side.
 */
export const Code128 = ({ value, label }: Code128Props) => {
  const svg = useRef<SVGSVGElement>(null);
  useEffect(() => {
    JsBarcode(svg.current, value, {
      format: 'CODE128',
      displayValue: false,
      width: 2,
      height: 80,
      margin: 20,
    });
  }, [value]);
  return <svg ref={svg} role="img" aria-label={label} />;
};
