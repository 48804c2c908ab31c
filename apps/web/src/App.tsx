import { RankingPage } from './features/ranking/RankingPage';

export function App() {
  return <RankingPage />;
}
