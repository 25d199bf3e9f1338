// Is the page English? The declared lang wins; otherwise common English function words must be
// frequent in the opening text.
const FUNCTION_WORDS = /\b(?:the|and|of|to|in|is|that|for|with|was|on|it|as|are|by|its|has|have|at|from|will|said|were|be|this|which|their|after|about)\b/gi;

export function isEnglish(lang: string | undefined, text: string): boolean {
  if (lang && lang.trim()) return /^en\b/i.test(lang.trim());
  const sample = text.slice(0, 3000);
  const words = sample.split(/\s+/).length;
  if (words < 8) return true;
  return (sample.match(FUNCTION_WORDS)?.length ?? 0) / words > 0.12;
}
