/** The favicon, from the same mark as the app icons. */
import type { APIRoute } from 'astro';
import { iconSvg } from '../offline/app-icon';

export const GET: APIRoute = () => new Response(iconSvg('rounded'), { headers: { 'Content-Type': 'image/svg+xml' } });
