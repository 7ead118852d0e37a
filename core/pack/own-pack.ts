/** The id of the pack that holds the templates authored in this workspace (本单位模板); the 模板包 screen exports them under a pack id of the office's choosing. */
export const ownPackId = 'workspace.own';
