// Opens a URL in the desktop's browser where there is one (macOS `open`, Windows `start`, `xdg-open` on a
// Linux desktop). Returns false when there is none, so the caller just prints the URL.
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

export function browserCommand(platform = process.platform, env = process.env): [string, string[]] | null {
  if (platform === "darwin") return ["open", []];
  if (platform === "win32") return ["cmd", ["/c", "start", '""']];
  const desktop = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  return desktop && onPath("xdg-open") ? ["xdg-open", []] : null;
}

export function openBrowser(url: string): boolean {
  const command = browserCommand();
  if (!command) return false;
  try {
    const child = spawn(command[0], [...command[1], url], { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
