/** The story's own fields: its title and description in each language, its languages, credit and id. */
import { useEditor } from '@/views/editor/editor-context';
import { DraftTextField, LocalizedFields } from '@/views/editor/fields';
import { ListField } from '@/views/editor/list-field';

/** The form of the story as a whole. */
export function StoryForm() {
  const { draft, t } = useEditor();
  const { story } = draft;
  return (
    <div className="ed-story-form">
      <LocalizedFields draftPath={['story', 'title']} label={t('fieldStoryTitle')} value={story.title} />
      <LocalizedFields
        draftPath={['story', 'description']}
        label={t('fieldDescription')}
        value={story.description}
        multiline
      />
      <ListField
        draftPath={['story', 'locales']}
        label={t('fieldLocales')}
        value={story.locales}
        hint={t('localesHint')}
      />
      <LocalizedFields draftPath={['story', 'credit']} label={t('fieldCredit')} value={story.credit} />
      <DraftTextField draftPath={['story', 'id']} label={t('fieldStoryId')} value={story.id} hint={t('storyIdHint')} />
    </div>
  );
}
