import { useState } from 'react';
import { drawAllCharts } from '../charts/EChart';
import { text } from '../i18n/vi';

/**
 * Prints the page with every chart on it: charts are drawn only when scrolled near, so the ones still waiting are
 * drawn first. (The browser's own print command prints what has been drawn.)
 */
export function PrintButton() {
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    try {
      await drawAllCharts();
    } finally {
      setBusy(false);
    }
    window.print();
  };
  return (
    <button
      type="button"
      className="button button--secondary print-button"
      onClick={() => void print()}
      disabled={busy}
    >
      {busy ? text.chartData.printing : text.chartData.print}
    </button>
  );
}
