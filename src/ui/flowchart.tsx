// A flowchart of ordered steps with "resolved?" decisions between them and urgent shortcuts beside
// them, drawn as SVG. Domain-free: callers pass plain steps. The SVG is a picture with a text
// alternative; the numbered list that accompanies it is the accessible way to choose a step. On a
// phone it keeps readable text and scrolls sideways in its own region rather than shrinking.
import { ScrollRegion } from './scroll-region';

export interface FlowStep {
  id: string;
  /** The step's own label ("Stage 2"), or '' when the source gives it none (nothing is numbered). */
  heading: string;
  text: string;
}

/** What happens when a step resolves the disagreement: the box text and the words for the desc. */
export interface ResolvedEnd {
  box: string;
  words: string;
}

const DEFAULT_END: ResolvedEnd = {
  box: 'Record the outcome',
  words: 'record the outcome and stop',
};

interface FlowchartProps {
  steps: FlowStep[];
  urgent: FlowStep[];
  /** The step whose details are open. */
  selectedId?: string | undefined;
  /** The step a record is at now (highlighted differently). */
  currentId?: string | undefined;
  onSelect?: (id: string) => void;
  title: string;
  /** What to do once resolved, when the policy asks for more than recording the outcome. */
  resolved?: ResolvedEnd | undefined;
}

const BOX_W = 250;
const MAIN_X = 16;
const SIDE_X = 300;
const SIDE_W = 190;
const LINE = 16;
const WIDTH = SIDE_X + SIDE_W + 12;

/** Breaks text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number, maxLines = 4): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

function boxHeight(step: FlowStep, width: number): number {
  return 20 + LINE * (1 + wrapText(step.text, Math.floor(width / 7.2)).length);
}

interface BoxProps {
  step: FlowStep;
  x: number;
  y: number;
  width: number;
  tone: 'stage' | 'urgent';
  state: 'selected' | 'current' | 'plain';
  onSelect?: ((id: string) => void) | undefined;
}

function StepBox({ step, x, y, width, tone, state, onSelect }: BoxProps) {
  const lines = wrapText(step.text, Math.floor(width / 7.2));
  const height = boxHeight(step, width);
  return (
    <g
      className={`flow-box flow-box--${tone} flow-box--${state}`}
      onClick={onSelect ? () => onSelect(step.id) : undefined}
      data-step={step.id}
    >
      <rect x={x} y={y} width={width} height={height} rx={6} />
      <text x={x + 10} y={y + 20} className="flow-box__heading">
        {step.heading}
      </text>
      {lines.map((line, i) => (
        <text key={i} x={x + 10} y={y + 20 + LINE * (i + 1)}>
          {line}
        </text>
      ))}
    </g>
  );
}

function Arrow({
  x1,
  y1,
  x2,
  y2,
  label,
}: {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label?: string;
}) {
  return (
    <g className="flow-arrow">
      <line x1={x1} y1={y1} x2={x2} y2={y2} markerEnd="url(#flow-arrowhead)" />
      {label && (
        <text x={(x1 + x2) / 2 + 6} y={(y1 + y2) / 2 + 4}>
          {label}
        </text>
      )}
    </g>
  );
}

function stateOf(id: string, selectedId?: string, currentId?: string): BoxProps['state'] {
  if (id === currentId) return 'current';
  return id === selectedId ? 'selected' : 'plain';
}

/** Places items one under another from y = 12; returns each item's top and where the stack ends. */
function stackVertically<T>(items: T[], heightOf: (item: T) => number) {
  const placed: { item: T; y: number }[] = [];
  let y = 12;
  for (const item of items) {
    placed.push({ item, y });
    y += heightOf(item);
  }
  return { items: placed, end: y };
}

const named = (step: FlowStep) => (step.heading ? `${step.heading}: ${step.text}` : step.text);

/** Describes the chart in words, for the SVG's text alternative. */
export function describeFlow(
  steps: FlowStep[],
  urgent: FlowStep[],
  resolved: ResolvedEnd = DEFAULT_END,
): string {
  const path = steps.map(named).join('. If not resolved, ');
  const shortcuts = urgent.map(named).join(' ');
  return `${path}. At each step, if the disagreement is resolved, ${resolved.words}.${shortcuts ? ` Urgent shortcuts: ${shortcuts}` : ''}`;
}

export function Flowchart({
  steps,
  urgent,
  selectedId,
  currentId,
  onSelect,
  title,
  resolved = DEFAULT_END,
}: FlowchartProps) {
  const parts: React.ReactNode[] = [];
  let y = 12;
  steps.forEach((step, i) => {
    const height = boxHeight(step, BOX_W);
    parts.push(
      <StepBox
        key={step.id}
        step={step}
        x={MAIN_X}
        y={y}
        width={BOX_W}
        tone="stage"
        state={stateOf(step.id, selectedId, currentId)}
        onSelect={onSelect}
      />,
    );
    y += height;
    const cx = MAIN_X + BOX_W / 2;
    const dy = y + 44;
    parts.push(
      <g key={`${step.id}-decision`} className="flow-decision">
        <line x1={cx} y1={y} x2={cx} y2={dy - 22} />
        <polygon points={`${cx},${dy - 22} ${cx + 52},${dy} ${cx},${dy + 22} ${cx - 52},${dy}`} />
        <text x={cx} y={dy + 4} textAnchor="middle">
          Resolved?
        </text>
        <Arrow x1={cx + 52} y1={dy} x2={SIDE_X} y2={dy} label="Yes" />
        <rect x={SIDE_X} y={dy - 16} width={SIDE_W} height={32} rx={16} className="flow-end" />
        <text x={SIDE_X + SIDE_W / 2} y={dy + 5} textAnchor="middle">
          {resolved.box}
        </text>
      </g>,
    );
    y = dy + 22;
    if (i < steps.length - 1) {
      parts.push(<Arrow key={`${step.id}-no`} x1={cx} y1={y} x2={cx} y2={y + 28} label="No" />);
      y += 32;
    }
  });
  const urgentLayout = stackVertically(urgent, (step) => boxHeight(step, SIDE_W) + 12);
  const sideY = urgentLayout.end;
  const urgentParts = urgentLayout.items.map(({ item: step, y: top }) => (
    <StepBox
      key={step.id}
      step={step}
      x={SIDE_X}
      y={top}
      width={SIDE_W}
      tone="urgent"
      state={stateOf(step.id, selectedId, currentId)}
      onSelect={onSelect}
    />
  ));
  const height = Math.max(y, sideY) + 16;
  return (
    <ScrollRegion label="Flowchart">
      <svg
        className="flowchart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="flowchart-title flowchart-desc"
      >
        <title id="flowchart-title">{title}</title>
        <desc id="flowchart-desc">{describeFlow(steps, urgent, resolved)}</desc>
        <defs>
          <marker
            id="flow-arrowhead"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        </defs>
        {urgentParts}
        {parts}
      </svg>
    </ScrollRegion>
  );
}
