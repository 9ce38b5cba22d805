import type { Config } from '@docusaurus/types';

export default {
  title: 'Example',
  url: 'https://example.io',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  themeConfig: {
    navbar: { items: [{ to: 'docs/quickstart', label: 'Quickstart' }] },
  },
  presets: [
    [
      '@docusaurus/preset-classic',
      {
        docs: {
          lastVersion: 'current',
          versions: {
            current: { label: '11.x' },
            // path: 'v10' is not set for the current version
            '9.x': { label: '9.x', path: 'v9' },
          },
        },
        blog: { blogTitle: 'Blog' },
      },
    ],
  ],
} satisfies Config;
