import { secureHeaders } from 'hono/secure-headers';

/**
 * The dashboard's Content-Security-Policy: its own scripts, styles, data and nothing else; no
 * inline script or style runs.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every response (pages, assets, API, errors). No Strict-Transport-Security:
 * the service speaks plain HTTP on the office network; HTTPS, if any, is the proxy's to declare.
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    strictTransportSecurity: false,
  });
}
