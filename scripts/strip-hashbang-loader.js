/** Webpack loader: drops a leading `#!` line; the CLI bundle gets its single hashbang from BannerPlugin. */
module.exports = function stripHashbang(source) {
  return source.replace(/^#![^\n]*\n/, '\n');
};
