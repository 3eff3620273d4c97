import type { ProfileSummary } from '@/utils/brand/profile';
import { readableOn } from '@/utils/ui/color';

/** The profile's colour and emoji or initials, to tell brands apart at a glance. */
export function ProfileBadge({ profile }: { profile: ProfileSummary }) {
  const label = profile.avatar || profile.name.slice(0, 2).toUpperCase();
  return (
    <span
      className="profile-badge"
      style={{ background: profile.color, color: readableOn(profile.color) }}
      aria-hidden="true"
    >
      {label}
    </span>
  );
}
