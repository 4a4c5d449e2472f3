/** The highlight classes' stylesheet (colours from src/lib/templates/highlight.ts), a static file of the site. */
import type { APIRoute } from 'astro';
import { highlightCss } from '../../lib/templates/highlight';

export const GET: APIRoute = () => new Response(highlightCss(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
