import { useCallback, useState } from 'react';

/** The files chosen for an import; `clear` empties the choice and the file input once they were stored. */
export function useChosenFiles() {
  const [files, setFiles] = useState<File[]>([]);
  // A new key empties the file input: the same file is not sent twice by accident.
  const [inputKey, setInputKey] = useState(0);
  const clear = useCallback(() => {
    setFiles([]);
    setInputKey((key) => key + 1);
  }, []);
  return { files, setFiles, inputKey, clear };
}

export type ChosenFiles = ReturnType<typeof useChosenFiles>;
