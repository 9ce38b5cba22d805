import { defineConfig } from 'vitepress'

export default defineConfig({
  title: 'Example',
  cleanUrls: true,
})
