// Writes one stylesheet: Designsystemet's published index.css without the components the site does not
// use, then the theme without comments and indentation. The same rules in the same order, in one
// request and about half the bytes. Usage: node subset.mjs INDEX_CSS THEME_CSS OUT_FILE (build.sh).
import { readFileSync, writeFileSync } from "node:fs";

const [indexPath, themePath, outFile] = process.argv.slice(2);
// Components the site has no markup for (a block is dropped when its first selector names one).
const UNUSED = [
  "avatar", "badge", "chip", "combobox", "dialog", "divider", "dropdown", "file-upload", "popover",
  "search", "skeleton", "spinner", "suggestion", "tabs", "textfield", "toggle-group", "togglegroup", "tooltip",
];

function topLevelBlocks(css) {
  const blocks = [];
  let depth = 0, start = 0, quote = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) { if (c === "\\") i++; else if (c === quote) quote = null; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) { blocks.push(css.slice(start, i + 1)); start = i + 1; }
    else if (c === ";" && depth === 0) { blocks.push(css.slice(start, i + 1)); start = i + 1; }
  }
  return blocks;
}

const unused = (block) => {
  const head = block.replace(/^@layer ds\.components\{/, "").slice(0, 200);
  // The block's first selector starts with the component: ".ds-chip", ":where(.ds-chip)", "[data-tooltip]",
  // or it starts with a custom property of it ("@property --_dsc-avatar-...").
  return UNUSED.some((name) =>
    new RegExp(`^(:where\\()?(\\.ds-${name}\\b|\\[data-${name}\\b)|^@property --_?dsc?-${name}\\b`).test(head),
  );
};

const blocks = topLevelBlocks(readFileSync(indexPath, "utf8"));
const kept = blocks.filter((block) => !block.startsWith("@layer ds.components{") || !unused(block));

const theme = readFileSync(themePath, "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  .replace(/\s*([{};])\s*/g, "$1")
  .trim();
// (The theme's @charset must come first; the file is UTF-8 either way.)
writeFileSync(outFile, kept.join("") + "\n" + theme.replace(/^@charset "UTF-8";/, "") + "\n");
console.log(`kept ${kept.length} of ${blocks.length} blocks of Designsystemet's CSS`);
