/**
 * The entry of the built command (`build/cli/nianbao.cjs`, made by bin/cli-build.cjs): what bin/nianbao.cjs calls.
 */
export { main, EXIT } from "./main";
export { debugEnabled, internalErrorText } from "./errors";
