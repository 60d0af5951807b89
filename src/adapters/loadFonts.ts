// Loads Inter 400 and 600 from the bundled TTFs, the same files the layout measures labels with.
import regularUrl from '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf?url';
import semiBoldUrl from '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf?url';
import { lightTheme } from '../export/svg/theme.ts';

/** Resolves when both weights are ready, or after `timeoutMs` so a slow font never holds the app back. */
export async function loadFonts(timeoutMs = 3000): Promise<void> {
  const faces = [
    new FontFace(lightTheme.font.family, `url(${regularUrl})`, { weight: '400', style: 'normal' }),
    new FontFace(lightTheme.font.family, `url(${semiBoldUrl})`, { weight: '600', style: 'normal' }),
  ];
  for (const face of faces) document.fonts.add(face);
  const loaded = Promise.all(faces.map((face) => face.load())).then(
    () => undefined,
    (error: unknown) => console.warn('Inter could not be loaded; labels fall back to the system font', error),
  );
  await Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, timeoutMs))]);
}
