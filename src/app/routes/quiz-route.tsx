import { QuizPage } from '../../features/quiz/quiz-page';

export function QuizRoute() {
  return <QuizPage />;
}
