/** 缩放 for the printed pages: the live preview beside the editor and the print preview share these steps. */
export const zooms = [0.35, 0.45, 0.6, 0.8, 1, 1.25] as const;

export function ZoomSelect({ zoom, onZoom }: { zoom: number; onZoom: (zoom: number) => void }) {
  return (
    <label className="zoom">
      缩放
      <select value={zoom} onChange={(e) => onZoom(Number(e.target.value))}>
        {zooms.map((z) => (
          <option key={z} value={z}>
            {Math.round(z * 100)}%
          </option>
        ))}
      </select>
    </label>
  );
}
