// The one source of both manifests of the Word add-in: the add-in only manifest (XML,
// office-addin/manifest-xml.ts) and the unified manifest for Microsoft 365 (JSON,
// office-addin/manifest-json.ts). The build (office-addin/vite.config.ts →
// office-addin/manifest-build.ts) writes .output/addin/manifest.xml and manifest.json and the
// icons they name; neither manifest is kept by hand, so they cannot drift apart.
// URLs use the development origin; the server rewrites it to SAMENSPEL_PUBLIC_URL when it
// serves a manifest (server/http/static.ts, serveAddin).

/** Dutch first (the add-in's default locale), English as the one other locale. */
export interface Text {
  nl: string;
  en: string;
}

/** The XML manifest's permission levels; `UNIFIED_PERMISSION` gives the unified manifest's name of each. */
export type Permission = 'Restricted' | 'ReadDocument' | 'ReadAllDocument' | 'WriteDocument' | 'ReadWriteDocument';

export const UNIFIED_PERMISSION: Record<Permission, string> = {
  Restricted: 'Document.Restricted.User',
  ReadDocument: 'Document.Read.User',
  ReadAllDocument: 'Document.ReadAll.User',
  WriteDocument: 'Document.Write.User',
  ReadWriteDocument: 'Document.ReadWrite.User',
};

export const ADDIN = {
  /** GUID of the add-in: the XML's <Id> and the unified manifest's "id". Never change it (Office would see a new add-in). */
  id: 'e283ec9e-e9e3-4bd8-b72f-3c8558868a55',
  /** n.n.n; the XML manifest writes it with a fourth part (0.1.0.0). */
  version: '0.1.0',
  provider: 'Samenspel',
  /** The development origin and the folder the server serves the build from. */
  origin: 'https://localhost:8787',
  base: '/addin/',
  /** Support and "learn more" page: the server's start page. */
  supportPath: '/',
  locale: { nl: 'nl-NL', en: 'en-US' },
  name: { nl: 'Samenspel', en: 'Samenspel' } satisfies Text,
  description: {
    nl: 'Samenwerkingsafspraken van bibliotheek en partners invoegen in uw plan en actueel houden.',
    en: 'Insert the collaboration agreement of library and partners into your plan and keep it up to date.',
  } satisfies Text,
  /** The unified manifest's short description (at most 80 characters; the XML has none). */
  summary: {
    nl: 'Samenwerkingsafspraken van bibliotheek en partners in uw plan.',
    en: 'The collaboration agreement of library and partners in your plan.',
  } satisfies Text,
  /** Pages of the build, relative to `base`. */
  taskpanePage: 'taskpane.html',
  commandsPage: 'commands.html',
  /** The Word API the add-in needs at least (the XML's <Sets>, the unified "requirements.capabilities"). */
  requirement: { name: 'WordApi', minVersion: '1.3' },
  permission: 'ReadWriteDocument' as Permission,
  /** The blue of assets/icon.svg: the unified manifest's accent colour. */
  accentColor: '#1f5fa8',
  icons: {
    /** The add-in's icon in Office's add-in lists: XML IconUrl / HighResolutionIconUrl, unified "alternateIcons". */
    icon: 32,
    highResolution: 64,
    /** The ribbon group and button (Office requires 16, 32 and 80). */
    ribbon: [16, 32, 80],
    /** Unified manifest only, inside the app package: full colour 192×192, outline 32×32 (white on transparent). */
    color: 192,
    outline: 32,
  },
  ribbon: {
    builtInTab: 'TabHome',
    groupId: 'Samenspel.Group',
    groupLabel: 'Samenspel',
    buttonId: 'Samenspel.TaskpaneButton',
    taskpaneId: 'Samenspel.Taskpane',
    label: { nl: 'Samenspel', en: 'Samenspel' } satisfies Text,
    tooltip: {
      nl: 'Open het taakvenster van Samenspel: afspraken invoegen, bijwerken en de plancheck.',
      en: 'Open the Samenspel task pane: insert and update sections, and check the plan.',
    } satisfies Text,
  },
  getStarted: {
    title: { nl: 'Samenspel staat klaar', en: 'Samenspel is ready' } satisfies Text,
    description: {
      nl: 'Open Samenspel via de knop op het tabblad Start om afspraken in te voegen.',
      en: 'Open Samenspel from the Home tab to insert agreement sections.',
    } satisfies Text,
  },
} as const;

export type AddinSource = typeof ADDIN;

/** A URL of the add-in at the development origin: `page` relative to `base`. */
export function addinUrl(page: string, source: AddinSource = ADDIN): string {
  return `${source.origin}${source.base}${page}`;
}

export const supportUrl = (source: AddinSource = ADDIN) => `${source.origin}${source.supportPath}`;

/** File name (under assets/ of the build) of the colour icon of `size`, or of the outline icon. */
export const iconFile = (size: number, variant: 'color' | 'outline' = 'color') => (variant === 'outline' ? `assets/icon-outline-${size}.png` : `assets/icon-${size}.png`);

/** Every icon file the two manifests name, with its size and variant: what the build renders. */
export function iconFiles(source: AddinSource = ADDIN): { file: string; size: number; variant: 'color' | 'outline' }[] {
  const sizes = [...new Set([source.icons.icon, source.icons.highResolution, ...source.icons.ribbon, source.icons.color])].sort((a, b) => a - b);
  return [...sizes.map((size) => ({ file: iconFile(size), size, variant: 'color' as const })), { file: iconFile(source.icons.outline, 'outline'), size: source.icons.outline, variant: 'outline' as const }];
}
