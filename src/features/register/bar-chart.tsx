// A horizontal bar chart in plain SVG: this period solid, the previous period as an outlined bar,
// each with its number, so it reads in greyscale and in print. The data table beside it is the
// accessible version; the chart itself is hidden from screen readers.
import type { ThemeRow } from '../../domain/register/themes';

const LABEL_WIDTH = 220;
const BAR_AREA = 300;
const ROW_HEIGHT = 34;
/**
 * Every word and number in the chart, in the chart's units: drawn at its full width (560) this is
 * 12 px. On a phone the chart keeps that width and scrolls in its region (register.css); shrunk
 * to the screen its words were about 7 px.
 */
const FONT_SIZE = 12;

export function BarChart({
  rows,
  showPrevious,
}: {
  rows: readonly ThemeRow[];
  showPrevious: boolean;
}) {
  const max = Math.max(1, ...rows.flatMap((row) => [row.count, showPrevious ? row.previous : 0]));
  const scale = (value: number) => (value / max) * BAR_AREA;
  const height = rows.length * ROW_HEIGHT + 8;
  return (
    <svg
      className="bar-chart"
      viewBox={`0 0 ${LABEL_WIDTH + BAR_AREA + 40} ${height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      {rows.map((row, index) => {
        const y = index * ROW_HEIGHT + 4;
        const label = row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label;
        return (
          <g key={row.label}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + 13}
              textAnchor="end"
              fontSize={FONT_SIZE}
              fill="#111827"
            >
              {label}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y}
              width={scale(row.count)}
              height={showPrevious ? 14 : 24}
              fill="#1d3b53"
            />
            <text
              x={LABEL_WIDTH + scale(row.count) + 4}
              y={y + 12}
              fontSize={FONT_SIZE}
              fill="#111827"
            >
              {row.count}
            </text>
            {showPrevious && (
              <>
                <rect
                  x={LABEL_WIDTH}
                  y={y + 16}
                  width={scale(row.previous)}
                  height={10}
                  fill="#ffffff"
                  stroke="#4b5563"
                  strokeWidth="1.5"
                />
                <text
                  x={LABEL_WIDTH + scale(row.previous) + 4}
                  y={y + 27}
                  fontSize={FONT_SIZE}
                  fill="#4b5563"
                >
                  {row.previous}
                </text>
              </>
            )}
          </g>
        );
      })}
    </svg>
  );
}
