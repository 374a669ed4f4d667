// Every icon from one source image (assets/icon.svg), rasterised with resvg at build time:
// the extension's toolbar and store icons (wxt.config.ts), the Word add-in's icons
// (office-addin/vite.config.ts), and PNGs for other fronts. The outline variant
// (assets/icon-outline.svg: the same rings, white on transparent) is Microsoft 365's
// outline icon of the add-in's unified manifest.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SOURCE = resolve(import.meta.dirname, '../assets/icon.svg');
export const ICON_OUTLINE_SOURCE = resolve(import.meta.dirname, '../assets/icon-outline.svg');

export type IconVariant = 'color' | 'outline';

/** The icon as a PNG of `size` × `size` pixels; `outline`: white on transparent. */
export function iconPng(size: number, variant: IconVariant = 'color'): Buffer {
  const svg = readFileSync(variant === 'outline' ? ICON_OUTLINE_SOURCE : ICON_SOURCE, 'utf8');
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}
