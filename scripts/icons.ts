// Every icon from one source image (assets/icon.svg), rasterised with resvg at build time:
// the extension's toolbar and store icons (wxt.config.ts), and PNGs for other fronts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SOURCE = resolve(import.meta.dirname, '../assets/icon.svg');

/** The icon as a PNG of `size` × `size` pixels. */
export function iconPng(size: number): Buffer {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}
