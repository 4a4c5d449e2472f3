/**
 * preinstall: one line for a newcomer whose npm runs on Node < 22. npm's user agent names the
 * Node that runs npm. Plain JavaScript: it must run on any Node that npm runs on.
 */
const npmNode = /\bnode\/v(\d+)\./.exec(process.env['npm_config_user_agent'] ?? '')?.[1];
if (npmNode && Number(npmNode) < 22) {
  console.log(
    `wenku: npm runs on Node ${npmNode}; the project brings Node 22 (package node@22) and runs every npm script on it, so npm's engine warnings are expected and hidden (.npmrc loglevel=error).`,
  );
}
