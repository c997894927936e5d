import { useParams } from 'react-router-dom';
import { CareerPage } from '../../features/careers/career-page';

export function CareerRoute() {
  const { careerId } = useParams();
  return <CareerPage careerId={careerId} />;
}
