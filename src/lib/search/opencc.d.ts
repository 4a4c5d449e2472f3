/** opencc-js ships its dictionaries as untyped modules: each default-exports "from to|from to…". */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
