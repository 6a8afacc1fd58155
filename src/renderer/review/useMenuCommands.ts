/** Commands from the native menu (Electron): each does what its key or button does. */
import { useEffect, useEffectEvent } from 'react';
import type { MenuCommand, Platform } from '../../shared/ipc';

/** Routes the platform's menu commands to `onCommand` while the screen is open. */
export function useMenuCommands(platform: Platform, onCommand: (command: MenuCommand) => void): void {
  const handle = useEffectEvent(onCommand);
  useEffect(() => platform.onMenuCommand((command) => handle(command)), [platform]);
}
