import { describe, expect, test } from 'vitest';
import { siteUrlCss } from '../../src/integrations/site-url-css';

describe('siteUrlCss', () => {
  test('declares the site address as a CSS string, without a trailing slash', () => {
    expect(siteUrlCss('https://carrefour.example/')).toBe(':root { --site-url: "https://carrefour.example"; }\n');
    expect(siteUrlCss('https://carrefour.example')).toBe(':root { --site-url: "https://carrefour.example"; }\n');
  });
});
